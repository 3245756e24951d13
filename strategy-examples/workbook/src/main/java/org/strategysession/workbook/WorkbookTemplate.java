package org.strategysession.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.strategysession.model.Department;
import org.strategysession.model.DepartmentKind;
import org.strategysession.model.DepartmentPlan;
import org.strategysession.model.PlanDocument;

/**
 * The starting point of a year's preparation: the document behind an empty department-tab
 * workbook, which {@link PlanWorkbooks#write(PlanDocument, java.io.OutputStream)} lays out
 * with a blank sheet per department. Stateless and thread-safe.
 */
public final class WorkbookTemplate {
  private WorkbookTemplate() {}

  /**
   * A document with the company, the planning year, the departments and an empty plan for
   * each of them, in the given order.
   *
   * @param company not null
   * @param planningYear 2000–2100
   * @param departments not null, without null elements
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PlanDocument document(
      String company, int planningYear, List<Department> departments) {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(departments, "departments");
    if (planningYear < 2000 || planningYear > 2100) {
      throw new IllegalArgumentException(
          "planning year " + planningYear + " is out of range 2000–2100");
    }
    return PlanDocument.builder()
        .company(company)
        .planningYear(planningYear)
        .departments(departments)
        .plans(
            departments.stream()
                .map(d -> DepartmentPlan.builder().department(d.id()).build())
                .toList())
        .build();
  }

  /**
   * Departments written {@code id:KIND} and separated by commas, such as {@code
   * sales:SALES,hr:HR} (the form the command line takes); the kind is case-insensitive and
   * may be left out ({@code it}).
   *
   * @param spec not null; blank gives no department
   * @return the departments in the given order; never null
   * @throws IllegalArgumentException naming the first item that is empty, has a blank id, an
   *     unknown kind, or repeats an id
   */
  public static List<Department> parseDepartments(String spec) {
    Objects.requireNonNull(spec, "spec");
    List<Department> out = new ArrayList<>();
    if (spec.isBlank()) {
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (String item : spec.split(",", -1)) {
      String[] parts = item.split(":", -1);
      String id = parts[0].strip();
      if (id.isEmpty() || parts.length > 2) {
        throw new IllegalArgumentException(
            "department \"" + item.strip() + "\" is not written id:KIND");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException("department \"" + id + "\" is given twice");
      }
      var department = Department.builder().id(id);
      if (parts.length == 2) {
        String kind = parts[1].strip().toUpperCase(Locale.ROOT);
        try {
          department.kind(DepartmentKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "department \"" + item.strip() + "\": unknown kind \"" + parts[1].strip()
                  + "\"; kinds are "
                  + Arrays.stream(DepartmentKind.values())
                      .map(Enum::name)
                      .collect(Collectors.joining(", ")));
        }
      }
      out.add(department.build());
    }
    return out;
  }
}
