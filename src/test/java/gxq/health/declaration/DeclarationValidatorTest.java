package gxq.health.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gxq.region.Region;
import gxq.region.Regions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The form's rules without Spring: bounds, decimals, symptoms, cities, dates, the return block. */
class DeclarationValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2020, 2, 20);

    static final Regions REGIONS = new Regions() {
        @Override
        public List<Region> provinces() {
            return List.of(new Region("420000", "湖北省", 1, null), new Region("110000", "北京市", 1, null));
        }

        @Override
        public List<Region> citiesOf(String province) {
            return province.equals("420000") ? List.of(new Region("420100", "武汉市", 2, "420000"))
                    : List.of(new Region("110100", "北京市", 2, "110000"));
        }

        @Override
        public Optional<Region> find(String code) {
            return Optional.empty();
        }
    };

    final DeclarationValidator validator = new DeclarationValidator(new CityChoices(REGIONS));

    static DeclarationForm form(String temperature) {
        DeclarationForm f = new DeclarationForm();
        f.setTemperature(temperature);
        f.setCurrentCity("110100");
        return f;
    }

    InvalidDeclaration invalid(DeclarationForm f) {
        return (InvalidDeclaration) assertThatThrownBy(() -> validator.check(f, TODAY))
                .isInstanceOf(InvalidDeclaration.class).actual();
    }

    @Test
    void acceptsTheBoundsAndOneDecimal() {
        assertThat(validator.check(form("34.0"), TODAY).temperature()).isEqualByComparingTo("34.0");
        assertThat(validator.check(form("43"), TODAY).temperature()).isEqualByComparingTo("43");
        assertThat(invalid(form("33.9")).problems()).containsOnlyKeys("temperature");
        assertThat(invalid(form("43.1")).problems().get("temperature").key()).isEqualTo("health.declare.error.temperatureRange");
        assertThat(invalid(form("36.55")).problems().get("temperature").key()).isEqualTo("health.declare.error.temperatureDecimals");
        assertThat(invalid(form("热")).problems().get("temperature").key()).isEqualTo("health.declare.error.temperatureNumber");
        assertThat(invalid(form(" ")).problems().get("temperature").key()).isEqualTo("health.declare.error.temperatureRequired");
    }

    @Test
    void keepsListedSymptomsOnceAndRejectsOthers() {
        DeclarationForm f = form("36.5");
        f.setSymptoms(List.of("干咳", "干咳", " ", "乏力"));
        assertThat(validator.check(f, TODAY).symptoms()).containsExactly("干咳", "乏力");
        f.setSymptoms(List.of("头晕"));
        assertThat(invalid(f).problems().get("symptoms").args()).containsExactly("头晕");
    }

    @Test
    void visitsNeedAKnownCityAndADateInTheLast14Days() {
        DeclarationForm f = form("36.5");
        f.setVisitCity(List.of("420100", "", "420100", "420100"));
        f.setVisitDate(List.of(TODAY.minusDays(13).toString(), "", TODAY.minusDays(13).toString(), TODAY.toString()));
        var ok = validator.check(f, TODAY);
        assertThat(ok.visits()).containsExactly(new ValidDeclaration.Visit("420100", TODAY.minusDays(13)),
                new ValidDeclaration.Visit("420100", TODAY));
        f.setVisitCity(List.of("420100", "999999", "420100"));
        f.setVisitDate(List.of(TODAY.minusDays(14).toString(), TODAY.toString(), TODAY.plusDays(1).toString()));
        assertThat(invalid(f).problems()).containsOnlyKeys("visit0", "visit1", "visit2");
    }

    @Test
    void aReturnNeedsItsOriginAndDate() {
        DeclarationForm f = form("36.5");
        f.setReturned(true);
        assertThat(invalid(f).problems()).containsOnlyKeys("returnFrom", "returnDate");
        f.setReturnFrom("420100");
        f.setReturnDate(TODAY.minusDays(2).toString());
        var ok = validator.check(f, TODAY);
        assertThat(ok.returnFrom()).isEqualTo("420100");
        assertThat(ok.returnDate()).isEqualTo(TODAY.minusDays(2));
        f.setReturned(false); // the fields are ignored when the switch is off
        assertThat(validator.check(f, TODAY).returnDate()).isNull();
    }

    @Test
    void currentCityAndContactAreChecked() {
        DeclarationForm f = form("36.5");
        f.setCurrentCity("420000"); // a province, not a city
        f.setContact("MAYBE");
        assertThat(invalid(f).problems()).containsOnlyKeys("currentCity", "contact");
    }
}
