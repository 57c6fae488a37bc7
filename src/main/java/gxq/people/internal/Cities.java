package gxq.people.internal;

import org.springframework.stereotype.Component;

/** The city directory, loaded once from the reference data (region level 2), which does not change while running. */
@Component
class Cities {

    private final EmployeeStore store;
    private volatile CityDirectory directory;

    Cities(EmployeeStore store) {
        this.store = store;
    }

    CityDirectory directory() {
        CityDirectory d = directory;
        if (d == null) {
            synchronized (this) {
                if (directory == null) {
                    directory = new CityDirectory(store.cities());
                }
                d = directory;
            }
        }
        return d;
    }
}
