package org.dyad.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.dyad.core.model.Span;

/**
 * The one JSON mapper for Dyad's machine-readable output (CLI {@code --json}, the REST API, JSON
 * Lines): dates as ISO strings, spans as {@code [start, end]}, nulls kept so every documented key
 * is always present.
 */
public final class DyadJson {

  private static final ObjectMapper MAPPER = build();

  private DyadJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One-line JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static ObjectMapper build() {
    SimpleModule module = new SimpleModule("dyad");
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addSerializer(Instant.class, ToStringSerializer.instance);
    module.addSerializer(Span.class, new SpanSerializer());
    return new ObjectMapper()
        .registerModule(module)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static final class SpanSerializer extends StdSerializer<Span> {
    SpanSerializer() {
      super(Span.class);
    }

    @Override
    public void serialize(Span span, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartArray();
      out.writeNumber(span.start());
      out.writeNumber(span.end());
      out.writeEndArray();
    }
  }
}
