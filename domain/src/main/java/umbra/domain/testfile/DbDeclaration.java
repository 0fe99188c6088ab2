package umbra.domain.testfile;

import java.util.List;
import umbra.domain.syntax.DType;

/**
 * A datastore declared by {@code [db.Name {"col": "Type", ...}]} (test-format.md 1.1 rule 3).
 * {@code tlid} is the declaring line, as in Dark; columns are in column-name order.
 */
public record DbDeclaration(String name, long tlid, List<Column> columns) {
  public DbDeclaration { columns = List.copyOf(columns); }

  public record Column(String name, DType type) {}
}
