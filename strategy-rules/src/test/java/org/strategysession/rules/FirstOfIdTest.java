package org.strategysession.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.Kpi;
import org.strategysession.model.Person;
import org.strategysession.model.PlanDocument;
import org.strategysession.rules.facts.DepartmentFact;
import org.strategysession.rules.facts.EarlierKpiFact;
import org.strategysession.rules.facts.KpiFact;
import org.strategysession.rules.facts.PersonFact;

/** Flattening marks the first element of each id once, whatever the order of the lists. */
class FirstOfIdTest {
  private static Kpi kpi(String id, int target) {
    return Kpi.builder().id(id).name("Revenue").target(BigDecimal.valueOf(target)).build();
  }

  private static PlanDocument document(List<Kpi> kpis) {
    return PlanDocument.builder().company("Acme").planningYear(2027)
        .addPeople(Person.builder().id("petrov").department("sales").build(),
            Person.builder().id("petrov").name("Petrov").build())
        .addDepartments(Department.of("sales", "Sales", DepartmentKind.SALES, "petrov"),
            Department.of("sales", "Sales 2", DepartmentKind.SALES, "petrov"))
        .addPlans(DepartmentPlan.builder().department("sales").kpis(kpis).build(),
            DepartmentPlan.builder().department("marketing").addKpis(kpi("sales.k1", 5)).build())
        .build();
  }

  private static <T> List<T> facts(List<Object> all, Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void one_first_per_id_and_department_the_same_element_in_any_order() {
    List<Kpi> kpis = new ArrayList<>(List.of(kpi("sales.k1", 30), kpi("sales.k1", 10),
        kpi("sales.k1", 20), kpi("sales.k2", 7)));
    Random random = new Random(7);
    for (int round = 0; round < 10; round++) {
      Collections.shuffle(kpis, random);
      List<Object> all = Facts.of(document(kpis), null, CheckOptions.defaults());
      List<KpiFact> first = facts(all, KpiFact.class).stream().filter(KpiFact::first).toList();
      // sales.k1 in sales (the copy whose values come first: target 10), sales.k2 in sales,
      // sales.k1 in marketing
      assertThat(first).extracting(k -> k.id() + "@" + k.department() + "=" + k.target())
          .containsExactlyInAnyOrder("sales.k1@sales=10", "sales.k2@sales=7",
              "sales.k1@marketing=5");
      // negative control: the other copies are not first
      assertThat(facts(all, KpiFact.class)).filteredOn(k -> !k.first()).hasSize(2);
      // by the facts' text: "name=Sales 2, …" comes before "name=Sales, …"
      assertThat(facts(all, DepartmentFact.class)).filteredOn(DepartmentFact::first)
          .extracting(DepartmentFact::name).containsExactly("Sales 2");
      assertThat(facts(all, PersonFact.class)).filteredOn(PersonFact::first).hasSize(1);
    }
  }

  @Test
  void the_earlier_version_marks_its_first_copies_too() {
    List<Object> all = Facts.earlier(document(List.of(kpi("sales.k1", 30), kpi("sales.k1", 10))));
    assertThat(facts(all, EarlierKpiFact.class)).filteredOn(EarlierKpiFact::first)
        .extracting(k -> k.department() + "=" + k.target())
        .containsExactlyInAnyOrder("sales=10", "marketing=5");
  }
}
