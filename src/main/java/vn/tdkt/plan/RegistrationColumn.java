package vn.tdkt.plan;

/** The columns of the registration workbook, in order; headers come from the bundles ("plan.sheet.NAME"). */
enum RegistrationColumn {
    NUMBER(6), YEAR(7), FULL_NAME(28), BIRTH_DATE(12), RANK(12), POSITION(20), UNIT_CODE(12), UNIT_NAME(20), TITLE(26),
    AWARD(20), INITIATIVES(40);

    private final int width;

    RegistrationColumn(int width) {
        this.width = width;
    }

    int width() {
        return width;
    }

    String messageKey() {
        return "plan.sheet." + name();
    }
}
