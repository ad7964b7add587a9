package io.syncbay.config.init;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

public interface DefinitionsProvider {
  List<JsonNode> getSourceDefinitions();
  List<JsonNode> getDestinationDefinitions();
}
