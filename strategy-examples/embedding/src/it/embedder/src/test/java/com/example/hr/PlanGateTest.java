package com.example.hr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanGateTest {
  private static final String PLAN = """
      {
        "format": "strategy-session/1",
        "company": "Example LLC",
        "planningYear": 2027,
        "people": [{"id": "ann", "role": "HEAD", "department": "sales"}],
        "departments": [{"id": "sales", "kind": "SALES", "head": "ann"}],
        "plans": [{
          "department": "sales",
          "kpis": [{"id": "sales.revenue", "target": 100, "baseline": 90}],
          "goals": [{"id": "sales.g1", "title": "Grow", "kpis": ["sales.revenue"]}]
        }]
      }
      """;

  @Test
  void a_goal_without_owner_or_tasks_is_an_error_the_product_can_file() {
    assertEquals(List.of("GOAL_WITHOUT_OWNER", "GOAL_WITHOUT_TASKS"),
        new PlanGate().errors(PLAN));
  }

  @Test
  void a_document_that_is_no_plan_is_refused_with_its_place() {
    List<String> errors = new PlanGate().errors("{\"format\": \"strategy-session/1\"}");
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).contains("missing required field"), errors.get(0));
  }
}
