package uk.ictreview.workbook;

/** The example school's pack.md: the settings for its summer-term pack and the business manager's commentary. */
final class ExamplePack {
    private ExamplePack() {}

    static final String TEXT =
            """
      ---
      school: Hollowmere Academy
      period:
        from: 2026-04-13
        to: 2026-07-22
      financial-year-start: April
      horizon-years: 5
      staff-names: hidden
      previous-period: auto
      bank-holidays: england-and-wales
      standards: england
      phase: secondary
      digital-lead: Deputy Headteacher (Curriculum)
      link-governor: Chair of the Resources Committee
      strategy-reviewed: 2024-11-20
      # filtering-reviewed: not given yet (the designated safeguarding lead keeps the date of the last review)
      cyber-training: 2025-09-01
      backups-3-2-1: yes
      continuity-plan: no
      broadband-down-mbps: 1000
      broadband-up-mbps: 1000
      broadband-backup: no
      ---

      # Commentary from the School Business Manager

      The summer term was the busiest for the ICT team since the Chromebook scheme started: exam season,
      the Year 6 transition days and the move of the Humanities department to the new block all landed on
      a team of **3.4 full-time equivalents** (including our service desk administrator).

      ## What went well

      - The new Wi-Fi controller settings ended the dropped connections in the H block that governors
        heard about in the spring.
      - Password resets now go through the self-service portal for staff, so the service desk spends
        less time on them.
      - The exam season passed without a single outage in the exam rooms.

      ## What needs a decision

      The Chromebooks bought in October 2021 fell due last year and are still in use; the staff laptops
      of summer 2022 fall due this summer. Both land in the 2026-27 budget, and replacing them as they
      stand would cost far more than our *capital budget of £150,000 a year*:

      | Option | What it means | Risk |
      | --- | --- | --- |
      | Replace on schedule | Everything due in 2026-27 is replaced | Shortfall in 2026-27 |
      | Smooth over two years | Half the Chromebooks move to 2027-28 | Older devices for a year |
      | Lease the next wave | Spread the cost as revenue | Higher total cost |

      The Resources Committee is asked to choose one of these at its September meeting. The DfE's
      [digital and technology standards](https://www.gov.uk/guidance/meeting-digital-and-technology-standards-in-schools-and-colleges)
      say devices should be replaced before they stop receiving security updates, which for the 2021
      Chromebooks is **June 2027**.

      ## Skills

      Backups and security monitoring are covered by our contract with Northgate IT Services, and strategic
      planning by the County ICT Schools Service. Budget and people management remains a gap in the team;
      the Network Manager will start the SBM-led budget training in the autumn term.
      """;
}
