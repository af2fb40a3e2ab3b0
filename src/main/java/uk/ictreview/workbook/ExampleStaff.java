package uk.ictreview.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.ictreview.model.Level;
import uk.ictreview.model.Skill;
import uk.ictreview.read.SheetSpec;
import uk.ictreview.read.Workbooks;

/**
 * The example school's support team: five people with uneven skills (a strong network manager who has never
 * held a budget, two technicians, one part time, a service desk administrator, and the supplier's engineer who
 * comes in one day a week), and the school's Needs sheet, with two skills covered from outside. No Targets
 * sheet: the FITS defaults apply to these role titles.
 */
final class ExampleStaff {
    static final String NETWORK_MANAGER = "Daniel Whitcombe";
    static final String TECHNICIAN = "Priya Raman";
    static final String PART_TIME_TECHNICIAN = "Owen Pritchard";
    static final String ADMINISTRATOR = "Janet Fairley";
    static final String SUPPLIER_ENGINEER = "Marcus Hale";
    static final String SUPPLIER = "Northgate IT Services";
    static final String LOCAL_AUTHORITY = "County ICT Schools Service";

    private record Person(String name, String role, double fte, String employer, String levels) {}

    /** Levels in the framework's skill order, one letter each ('-' for none). */
    private static final List<Person> TEAM = List.of(
            new Person(NETWORK_MANAGER, "Network Manager", 1.0, "School", "CDBCCCCCABCB"),
            new Person(TECHNICIAN, "ICT Technician", 1.0, "School", "CBBBBBA-ABBB"),
            new Person(PART_TIME_TECHNICIAN, "ICT Technician", 0.6, "School", "BAABAA--ABAA"),
            new Person(ADMINISTRATOR, "Service desk administrator", 0.8, "School", "A-A-ABA-ABCB"),
            new Person(SUPPLIER_ENGINEER, "ICT Technician", 0.2, SUPPLIER, "CDBDDBC-BBB-"));

    private ExampleStaff() {}

    /** Who a call is assigned to: server work to the network manager, accounts and data to the desk. */
    static String assignee(Random r, CallCategory cat) {
        double u = r.nextDouble();
        return switch (cat) {
            case NETWORK, WIFI, BACKUP, SECURITY, FILTERING -> u < 0.6 ? NETWORK_MANAGER : TECHNICIAN;
            case ACCOUNTS, MIS -> u < 0.5 ? ADMINISTRATOR : u < 0.8 ? TECHNICIAN : PART_TIME_TECHNICIAN;
            default -> u < 0.1 ? NETWORK_MANAGER : u < 0.65 ? TECHNICIAN : PART_TIME_TECHNICIAN;
        };
    }

    static int teamSize() {
        return TEAM.size();
    }

    static void write(XSSFWorkbook wb, Styles styles) {
        SheetSpec staffSpec = Workbooks.SKILLS_WORKBOOK.sheet(Workbooks.STAFF);
        Sheet staff = TableSheet.create(wb, styles, staffSpec, 0, 50);
        int r = 1;
        for (Person p : TEAM) {
            List<Object> cells = new ArrayList<>(List.of(p.name, p.role, p.fte, p.employer));
            for (char c : p.levels.toCharArray()) {
                cells.add(String.valueOf(c));
            }
            Cells.row(staff, styles, r++, cells.toArray());
        }
        Sheet needs = TableSheet.create(wb, styles, Workbooks.SKILLS_WORKBOOK.sheet(Workbooks.NEEDS), 0, 50);
        Map<Skill, String> coveredBy = new EnumMap<>(Skill.class);
        coveredBy.put(Skill.CONTINUITY_MAINTENANCE_SECURITY, SUPPLIER);
        coveredBy.put(Skill.STRATEGY_PLANNING, LOCAL_AUTHORITY);
        Map<Skill, Level> need = new EnumMap<>(Skill.class);
        need.put(Skill.HEALTH_SAFETY, Level.C);
        PolicySheets.needs(needs, styles, 1, need, coveredBy);
    }
}
