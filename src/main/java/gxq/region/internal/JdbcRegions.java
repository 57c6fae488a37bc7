package gxq.region.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import gxq.region.Region;
import gxq.region.Regions;

@Service
class JdbcRegions implements Regions {

    private final JdbcClient db;

    JdbcRegions(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<Region> provinces() {
        return db.sql("select code, name, level, parent_code from region where level = 1 order by code")
                .query(Region.class).list();
    }

    @Override
    public List<Region> citiesOf(String provinceCode) {
        return db.sql("select code, name, level, parent_code from region where parent_code = :p order by code")
                .param("p", provinceCode).query(Region.class).list();
    }

    @Override
    public Optional<Region> find(String code) {
        return db.sql("select code, name, level, parent_code from region where code = :c").param("c", code)
                .query(Region.class).optional();
    }
}
