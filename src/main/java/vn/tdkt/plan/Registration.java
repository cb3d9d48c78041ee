package vn.tdkt.plan;

import java.time.LocalDate;

/** A person's or a unit's đăng ký thi đua for a year: the title aimed for and the planned initiatives. */
public record Registration(String id, int year, String personId, String unitId, String title, TitleFamily family,
                           String initiatives, LocalDate registeredOn) {
    public boolean forPerson() {
        return personId != null;
    }
}
