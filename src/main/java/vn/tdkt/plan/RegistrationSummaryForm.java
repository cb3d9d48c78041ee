package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.TableBuilder;

/**
 * Bảng tổng hợp đăng ký thi đua of a year: the units' own registrations, then per unit the people
 * (STT, họ tên, cấp bậc, chức vụ, danh hiệu đăng ký, sáng kiến đăng ký), each person on one line with
 * the award form after the title.
 */
public final class RegistrationSummaryForm {
    private RegistrationSummaryForm() {
    }

    /**
     * Lines of people and of units for the year; {@code unitHeadings} names each unit (by code) as the
     * tables head it, in the order the tables follow (the unit tree).
     */
    public record Data(int year, LocalDate date, String scopeName, List<RegistrationLine> unitLines, List<RegistrationLine> personLines,
                       Map<String, String> unitHeadings) {
    }

    public static Document build(Issuer issuer, Data data) {
        DocumentBuilder builder = DocumentBuilder.issued("Bảng tổng hợp đăng ký thi đua năm " + data.year(), issuer, null, data.date())
                .title("Bảng tổng hợp", "Đăng ký thi đua năm " + data.year() + " - " + data.scopeName());
        if (!data.unitLines().isEmpty()) {
            builder.heading1("I. TẬP THỂ");
            TableBuilder units = TableBuilder.columns(8, 40, 30, 22).header("STT", "Tên tập thể", "Danh hiệu, hình thức khen đăng ký", "Sáng kiến đăng ký");
            int index = 1;
            for (Map.Entry<String, List<RegistrationLine>> unit : inTreeOrder(byUnit(data.unitLines()), data.unitHeadings()).entrySet()) {
                units.row(Cell.center(Integer.toString(index++)), Cell.text(unit.getValue().getFirst().name()),
                        Cell.text(titles(unit.getValue())), Cell.text(initiatives(unit.getValue())));
            }
            builder.table(units.build());
        }
        builder.heading1(data.unitLines().isEmpty() ? "DANH SÁCH CÁ NHÂN ĐĂNG KÝ" : "II. CÁ NHÂN");
        Map<String, Map<String, List<RegistrationLine>>> byUnit = new LinkedHashMap<>();
        for (RegistrationLine line : data.personLines()) {
            byUnit.computeIfAbsent(line.unitCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(line.registration().personId(), k -> new ArrayList<>()).add(line);
        }
        int total = 0;
        for (Map.Entry<String, Map<String, List<RegistrationLine>>> unit : inTreeOrder(byUnit, data.unitHeadings()).entrySet()) {
            List<RegistrationLine> first = unit.getValue().values().iterator().next();
            builder.heading2(data.unitHeadings().getOrDefault(unit.getKey(), first.getFirst().unitName()));
            TableBuilder table = TableBuilder.columns(7, 25, 12, 17, 22, 17)
                    .header("STT", "Họ và tên", "Cấp bậc", "Chức vụ", "Danh hiệu đăng ký", "Sáng kiến đăng ký");
            int index = 1;
            for (List<RegistrationLine> person : unit.getValue().values()) {
                RegistrationLine line = person.getFirst();
                table.row(Cell.center(Integer.toString(index++)), Cell.text(line.name()), Cell.text(nullToEmpty(line.rank())),
                        Cell.text(nullToEmpty(line.position())), Cell.text(titles(person)), Cell.text(initiatives(person)));
                total++;
            }
            builder.table(table.build());
        }
        builder.paragraph("Tổng số: " + total + " cá nhân" + (data.unitLines().isEmpty() ? "" : ", " + byUnit(data.unitLines()).size() + " tập thể")
                + " đăng ký thi đua năm " + data.year() + ".");
        return builder.closing(List.of(), issuer.commander().signature("")).build();
    }

    /** Units' own lines by unit code. */
    private static Map<String, List<RegistrationLine>> byUnit(List<RegistrationLine> lines) {
        Map<String, List<RegistrationLine>> map = new LinkedHashMap<>();
        lines.forEach(line -> map.computeIfAbsent(line.unitCode(), k -> new ArrayList<>()).add(line));
        return map;
    }

    /** The groups in the order of the headings (the unit tree); codes without a heading last. */
    private static <T> Map<String, T> inTreeOrder(Map<String, T> groups, Map<String, String> headings) {
        Map<String, T> ordered = new LinkedHashMap<>();
        headings.keySet().forEach(code -> {
            if (groups.containsKey(code)) {
                ordered.put(code, groups.get(code));
            }
        });
        groups.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The title first, then the award form: "Chiến sĩ thi đua cơ sở; Giấy khen". */
    private static String titles(List<RegistrationLine> lines) {
        return String.join("; ", lines.stream().sorted(java.util.Comparator.comparing(l -> l.registration().family()))
                .map(l -> l.registration().title()).toList());
    }

    private static String initiatives(List<RegistrationLine> lines) {
        return String.join("; ", lines.stream().map(l -> l.registration().initiatives()).filter(i -> i != null).map(i -> i.replace("\n", "; ")).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
