package uk.ictreview.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The converter's mapping choices (docs/real-data.md) on a hand-made event log of two incidents. */
class UciIncidentsConverterTest {
    private static final String HEADER = "number,incident_state,reopen_count,caller_id,opened_at,sys_updated_at,"
            + "location,category,priority,assigned_to,vendor,resolved_at,closed_at\n";

    @Test
    void foldsEachIncidentsEventsIntoOneRowOfItsFinalState() throws Exception {
        String log = HEADER
                // INC1: New, then Active at 09:30 (the response), priority raised, a vendor on the way, resolved
                + "INC1,New,0,Caller 1,1/3/2016 09:00,1/3/2016 09:05,Location 1,Category 2,3 - Moderate,?,?,?,6/3/2016 12:00\n"
                + "INC1,Active,0,Caller 1,1/3/2016 09:00,1/3/2016 09:30,Location 1,Category 2,2 - High,Resolver 7,Vendor 1,?,"
                + "6/3/2016 12:00\n"
                + "INC1,Active,0,Caller 1,1/3/2016 09:00,1/3/2016 11:00,Location 1,Category 2,2 - High,Resolver 7,?,?,"
                + "6/3/2016 12:00\n"
                + "INC1,Closed,1,Caller 1,1/3/2016 09:00,6/3/2016 12:00,Location 1,Category 2,2 - High,Resolver 7,?,"
                + "1/3/2016 15:45,6/3/2016 12:00\n"
                // INC2: never Active, no resolved_at: Resolved falls back to closed_at; ? is blank
                + "INC2,New,0,Caller 2,2/3/2016 23:10,2/3/2016 23:10,?,?,4 - Low,?,?,?,9/3/2016 10:00\n"
                + "INC2,Closed,0,Caller 2,2/3/2016 23:10,9/3/2016 10:00,?,?,4 - Low,?,?,?,9/3/2016 10:00\n";
        var calls = UciIncidentsConverter.convert(new StringReader(log));
        StringWriter out = new StringWriter();
        UciIncidentsConverter.writeCsv(out, calls);
        assertThat(out.toString().split("\r\n"))
                .containsExactly(
                        "Ref,Logged,Priority,Category,Type,Reported by,Location,Assigned to,Responded,Resolved,Escalated to,Reopened",
                        "INC1,1/3/2016 09:00,2 - High,Category 2,Incident,Caller 1,Location 1,Resolver 7,1/3/2016 09:30,"
                                + "1/3/2016 15:45,Vendor 1,1",
                        "INC2,2/3/2016 23:10,4 - Low,,Incident,Caller 2,,,,9/3/2016 10:00,,0");
    }
}
