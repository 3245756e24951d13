package org.strategysession.workbook;

import static org.strategysession.workbook.Layout.REF_WIDTH;
import static org.strategysession.workbook.Layout.TITLE_WIDTH;
import static org.strategysession.workbook.Layout.choice;
import static org.strategysession.workbook.Layout.col;
import static org.strategysession.workbook.Layout.columns;
import static org.strategysession.workbook.Layout.id;
import static org.strategysession.workbook.Layout.person;
import static org.strategysession.workbook.Layout.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strategysession.model.Goal;
import org.strategysession.model.Priority;
import org.strategysession.workbook.Layout.Kind;
import org.strategysession.workbook.Layout.Lookup;
import org.strategysession.workbook.Layout.Table;

/**
 * The goals of a department's sheet, each with its owner, the KPIs that measure it, the
 * company goals it serves and its priority.
 */
final class PlanGoals {
  private PlanGoals() {}

  static final Table GOALS =
      new Table(
          "goals",
          Term.of("Goals", "Цели"),
          columns(
              id(),
              text("title", "Title", "Название", TITLE_WIDTH),
              person("owner", "Owner", "Ответственный"),
              col("kpis", "KPIs", "Показатели", Kind.ID_LIST, REF_WIDTH),
              col("serves", "Serves", "Цели компании", Kind.ID_LIST, REF_WIDTH),
              choice("priority", "Priority", "Приоритет", Priority.class, 12)),
          5);

  /** The table; the tasks' goal column offers its ids. */
  static void write(SheetWriter s, List<Goal> goals) {
    s.offer(Lookup.GOAL, s.table(GOALS, goals.stream()
        .map(g -> new RowValues()
            .with("id", g.id())
            .with("title", g.title())
            .with("owner", g.owner())
            .with("kpis", g.kpis())
            .with("serves", g.serves())
            .with("priority", g.priority()))
        .toList()));
  }

  static List<Goal> read(SheetBlocks blocks) {
    List<Goal> goals = new ArrayList<>();
    for (TableRow row : blocks.table(GOALS)) {
      Optional<String> id = row.required("id", "goal");
      Optional<String> title = row.text("title");
      Optional<String> owner = row.ref("owner", Lookup.PERSON);
      List<String> kpis = row.idList("kpis");
      // Company goals are checked by the rules, as a goal's KPIs are.
      List<String> serves = row.idList("serves");
      Optional<Priority> priority = row.choice("priority", Priority.class);
      id.flatMap(i -> row.build(() -> Goal.builder().id(i).title(title).owner(owner)
              .kpis(kpis).serves(serves).priority(priority).build()))
          .ifPresent(goals::add);
    }
    return goals;
  }
}
