package vn.tdkt.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tdkt.core.Ids;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseDates.Precision;
import vn.tdkt.settings.Letterhead;

/**
 * A fictional unit tree and roster, the same every time (fixed seed): a regiment (Trung đoàn 19 →
 * Ban, Tiểu đoàn → Đại đội → Trung đội) or, for large sizes, a division of several regiments with its
 * own departments and separate battalions. Commanders get the ranks and positions of their level.
 */
public final class SampleRoster {
    private static final long SEED = 19;
    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
        "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Tạ"};
    private static final String[] MIDDLE_MALE = {"Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Ngọc", "Thanh", "Xuân", "Công",
        "Đình", "Mạnh", "Tiến", "Trọng", "Quốc", "Anh"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương"};
    private static final String[] GIVEN_MALE = {"Hùng", "Dũng", "Tuấn", "Hưởng", "Thắng", "Long", "Nam", "Quân", "Sơn", "Hải",
        "Đạt", "Phúc", "Khánh", "Trung", "Việt", "Cường", "Hiếu", "Lâm", "Tùng", "Bình", "An", "Đông", "Huy", "Kiên",
        "Lực", "Mạnh", "Nghĩa", "Phong", "Quyết", "Tài", "Thành", "Toàn", "Vinh", "Vũ", "Đức", "Hoàng", "Khoa", "Lợi"};
    private static final String[] GIVEN_FEMALE = {"Lan", "Hương", "Hoa", "Mai", "Hằng", "Thảo", "Ngọc", "Trang", "Linh", "Yến", "Nhung", "Huyền"};
    private static final String[] PROVINCES = {"Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Quảng Bình", "Thái Bình", "Nam Định",
        "Hải Dương", "Bắc Ninh", "Phú Thọ", "Hà Nội", "Ninh Bình", "Hưng Yên", "Quảng Trị", "Thừa Thiên Huế", "Đắk Lắk", "Tuyên Quang"};
    private static final String[] EDUCATION = {"12/12", "12/12", "12/12", "9/12", "Trung cấp", "Cao đẳng", "Đại học"};

    private final UnitService units;
    private final RosterService roster;
    private final Letterhead letterhead;
    private final Random random = new Random(SEED);
    private final List<Unit> tree = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Unit> platoons = new ArrayList<>();
    private final List<Unit> offices = new ArrayList<>();

    public SampleRoster(UnitService units, RosterService roster) {
        this(units, roster, null);
    }

    /**
     * A roster whose unit named in {@code letterhead} is led by the letterhead's commander and commissar, so the demo
     * has one person in each role: the man who signs is the man on the roster.
     */
    public SampleRoster(UnitService units, RosterService roster, Letterhead letterhead) {
        this.units = units;
        this.roster = roster;
        this.letterhead = letterhead;
    }

    /** What was created. */
    public record Counts(int units, int people) {
    }

    /** Creates the tree and about {@code size} people; the caller's transaction holds it all. */
    public Counts create(int size, Progress progress) {
        if (size <= 100) {
            regiment(null, "", 19, 1, 2);
        } else if (size <= vn.tdkt.demo.SampleSize.LARGEST_REGIMENT) {
            regiment(null, "", 19, 3, 3);
        } else {
            division((int) Math.ceil(size / 3_300.0));
        }
        progress.checkCancelled();
        int index = 0;
        while (people.size() < size) {
            if (index % 10 == 9 && !offices.isEmpty()) {
                Unit office = offices.get(index / 10 % offices.size());
                boolean officer = random.nextInt(3) == 0;
                person(office, officer ? pick("Đại úy", "Thượng úy", "Trung úy") : pick("Thượng sĩ", "Trung sĩ"),
                        officer ? "Trợ lý" : "Nhân viên", officer ? "Sĩ quan" : pick("QNCN", "CNVCQP", "Lao động hợp đồng"), 24, 45, 0.3);
            } else {
                Unit platoon = platoons.get(index % platoons.size());
                boolean squadLeader = index / platoons.size() < 3;
                person(platoon, squadLeader ? pick("Trung sĩ", "Hạ sĩ") : pick("Binh nhất", "Binh nhì"),
                        squadLeader ? "Tiểu đội trưởng" : "Chiến sĩ", "HSQ-BS", 18, 22, 0.0);
            }
            index++;
        }
        units.addAll(tree);
        progress.checkCancelled();
        roster.addAll(people);
        return new Counts(tree.size(), people.size());
    }

    private void division(int regiments) {
        Unit division = unit(null, "SD399", "Sư đoàn 399", "f399", "Sư đoàn");
        leaders(division, "Đại tá", "Sư đoàn trưởng", "Chính ủy");
        office(division, "SD399-PTM", "Phòng Tham mưu", "Thượng tá", "Trưởng phòng");
        office(division, "SD399-PCT", "Phòng Chính trị", "Thượng tá", "Trưởng phòng");
        office(division, "SD399-PHCKT", "Phòng Hậu cần - Kỹ thuật", "Thượng tá", "Trưởng phòng");
        for (int r = 0; r < regiments; r++) {
            int number = 19 + r;
            regiment(division, "TrD" + number + "-", number, 3, 3);
        }
        String[] separate = {"Thông tin", "Công binh", "Trinh sát", "Pháo binh"};
        for (int b = 0; b < separate.length; b++) {
            String code = "SD399-d" + (15 + b);
            Unit battalion = unit(division, code, "Tiểu đoàn " + separate[b] + " " + (15 + b), "d" + (15 + b), "Tiểu đoàn");
            leaders(battalion, "Thiếu tá", "Tiểu đoàn trưởng", "Chính trị viên tiểu đoàn");
            companies(battalion, code + "-", 1, 3);
        }
    }

    private void regiment(Unit parent, String prefix, int number, int battalions, int companiesEach) {
        Unit regiment = unit(parent, "TrD" + number, "Trung đoàn " + number, "e" + number, "Trung đoàn");
        leaders(regiment, "Thượng tá", "Trung đoàn trưởng", "Chính ủy");
        office(regiment, prefix + "BTM", "Ban Tham mưu", "Thiếu tá", "Trưởng ban");
        office(regiment, prefix + "BCT", "Ban Chính trị", "Thiếu tá", "Trưởng ban");
        office(regiment, prefix + "BHCKT", "Ban Hậu cần - Kỹ thuật", "Thiếu tá", "Trưởng ban");
        for (int d = 1; d <= battalions; d++) {
            Unit battalion = unit(regiment, prefix + "d" + d, "Tiểu đoàn " + d, "d" + d, "Tiểu đoàn");
            leaders(battalion, "Thiếu tá", "Tiểu đoàn trưởng", "Chính trị viên tiểu đoàn");
            companies(battalion, prefix, (d - 1) * companiesEach + 1, companiesEach);
        }
    }

    private void companies(Unit battalion, String prefix, int first, int count) {
        for (int c = first; c < first + count; c++) {
            Unit company = unit(battalion, prefix + "c" + c, "Đại đội " + c, "c" + c, "Đại đội");
            person(company, pick("Đại úy", "Thượng úy"), "Đại đội trưởng", "Sĩ quan", 27, 35, 1.0);
            person(company, "Thượng úy", "Chính trị viên đại đội", "Sĩ quan", 27, 35, 1.0);
            for (int b = 1; b <= 3; b++) {
                Unit platoon = unit(company, prefix + "c" + c + "b" + b, "Trung đội " + b, "b" + b, "Trung đội");
                person(platoon, pick("Trung úy", "Thiếu úy"), "Trung đội trưởng", "Sĩ quan", 23, 28, 1.0);
                platoons.add(platoon);
            }
        }
    }

    private void office(Unit parent, String code, String name, String headRank, String headPosition) {
        Unit office = unit(parent, code, name, null, name.startsWith("Phòng") ? "Phòng" : "Ban");
        person(office, headRank, headPosition, "Sĩ quan", 35, 48, 1.0);
        offices.add(office);
    }

    private void leaders(Unit unit, String rank, String commander, String commissar) {
        person(unit, rank, commander, "Sĩ quan", 38, 50, 1.0);
        person(unit, rank, commissar, "Sĩ quan", 38, 50, 1.0);
        if (letterhead != null && unit.name().equals(letterhead.unitName())) {
            // Drawn like everyone (the rest of the demo keeps its names), then named as the letterhead names them.
            signer(people.size() - 2, letterhead.commanderRank(), letterhead.commanderName());
            signer(people.size() - 1, letterhead.commissarRank(), letterhead.commissarName());
        }
    }

    private void signer(int index, String rank, String name) {
        Person drawn = people.get(index);
        PersonDetails d = drawn.details();
        people.set(index, new Person(drawn.id(), drawn.unitId(), new PersonDetails(name, Gender.MALE, d.birth(), d.homeTown(), rank,
                d.position(), d.category(), d.partyMember(), d.partyDate(), d.startDate(), d.education(), d.notes(), d.identifier()), null, null));
    }

    private Unit unit(Unit parent, String code, String name, String shortName, String kind) {
        int order = (int) tree.stream().filter(u -> parent == null ? u.parentId() == null : parent.id().equals(u.parentId())).count() + 1;
        Unit unit = new Unit(Ids.newId(), parent == null ? null : parent.id(), code, name, shortName, kind, order, null);
        tree.add(unit);
        return unit;
    }

    private void person(Unit unit, String rank, String position, String category, int minAge, int maxAge, double partyShare) {
        boolean female = !category.equals("HSQ-BS") && random.nextInt(5) == 0;
        String name = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " " + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
        int age = minAge + random.nextInt(maxAge - minAge + 1);
        LocalDate birthDay = LocalDate.of(2026 - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
        // One in twenty rosters knows only the year of birth.
        Parsed birth = random.nextInt(20) == 0 ? new Parsed(birthDay.withDayOfYear(1), Precision.YEAR) : new Parsed(birthDay, Precision.DAY);
        int serviceYears = Math.max(0, age - 18 - random.nextInt(2));
        Parsed start = new Parsed(LocalDate.of(2026 - serviceYears, random.nextBoolean() ? 2 : 9, 1), Precision.MONTH);
        boolean party = random.nextDouble() < (partyShare > 0 ? partyShare : 0.1);
        Parsed partyDate = party ? new Parsed(LocalDate.of(Math.min(2025, birthDay.getYear() + 21 + random.nextInt(4)),
                1 + random.nextInt(12), 1 + random.nextInt(28)), Precision.DAY) : null;
        String education = category.equals("Sĩ quan") ? pick("Đại học", "Đại học", "Cao đẳng") : pick(EDUCATION);
        PersonDetails details = new PersonDetails(name, female ? Gender.FEMALE : Gender.MALE, birth, pick(PROVINCES), rank,
                position, category, party, partyDate, start, education, null);
        people.add(new Person(Ids.newId(), unit.id(), details, null, null));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
