// Matches events against EventBridge patterns with AWS's own engine, software.amazon.event.ruler
// (the library EventBridge's matching is built on). Reads [{"pattern": {...}, "event": {...}}]
// on stdin and prints [true|false, ...]. Run by test/helpers/event-ruler.ts as a single-file
// program: java -cp <event-ruler classpath> EventRulerMatch.java
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.event.ruler.Machine;

public class EventRulerMatch {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode cases = json.readTree(System.in);
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      Machine machine = new Machine();
      machine.addRule("pattern", json.writeValueAsString(c.get("pattern")));
      boolean matched = !machine.rulesForJSONEvent(json.writeValueAsString(c.get("event"))).isEmpty();
      out.append(i == 0 ? "" : ",").append(matched);
    }
    System.out.println(out.append("]"));
  }
}
