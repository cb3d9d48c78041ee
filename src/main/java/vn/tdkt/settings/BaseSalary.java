package vn.tdkt.settings;

import java.time.LocalDate;

/** Lương cơ sở from a date on, and the decree that set it. A bonus uses the amount in force on its decision's date. */
public record BaseSalary(LocalDate from, long amount, String legalGround) {
}
