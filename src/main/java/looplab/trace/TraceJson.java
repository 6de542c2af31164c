package looplab.trace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration that trace files are written and read with. */
final class TraceJson {
    private TraceJson() {
    }

    /**
     * A mapper that knows every event record: the {@code "type"} property holds the record's simple name
     * ({@code "TaskCreated"}), as declared by {@link TraceEvent}'s {@code @JsonTypeInfo}.
     */
    static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        mapper.registerSubtypes(TraceEvent.class.getPermittedSubclasses());
        return mapper;
    }
}
