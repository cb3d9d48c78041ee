package vn.tdkt.exemplar;

/** The four stages every model goes through, in order. */
public enum Stage {
    DISCOVERED("Phát hiện"),
    NURTURING("Bồi dưỡng"),
    SUMMARIZED("Tổng kết"),
    REPLICATED("Nhân rộng");

    private final String documentLabel;

    Stage(String documentLabel) {
        this.documentLabel = documentLabel;
    }

    /** How the documents name the stage (documents are always Vietnamese). */
    public String documentLabel() {
        return documentLabel;
    }

    /** Its message key for screens: "exemplar.stage.discovered". */
    public String messageKey() {
        return "exemplar.stage." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads the name the command line and the database use ("nurturing", case ignored). */
    public static java.util.Optional<Stage> parse(String text) {
        for (Stage stage : values()) {
            if (stage.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return java.util.Optional.of(stage);
            }
        }
        return java.util.Optional.empty();
    }
}
