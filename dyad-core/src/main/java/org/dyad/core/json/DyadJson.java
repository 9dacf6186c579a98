package org.dyad.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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
 * is always present. It reads back what it writes, so a client of the REST API gets the records
 * the server sent.
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
    module.addDeserializer(LocalDate.class, new IsoDeserializer<>(LocalDate.class, LocalDate::parse));
    module.addDeserializer(Instant.class, new IsoDeserializer<>(Instant.class, Instant::parse));
    module.addDeserializer(Span.class, new SpanDeserializer());
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

  /** Reads a value written as its ISO string; a malformed string fails naming the type. */
  private static final class IsoDeserializer<T> extends StdDeserializer<T> {
    private final transient java.util.function.Function<String, T> parse;

    IsoDeserializer(Class<T> type, java.util.function.Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
      String text = in.getValueAsString();
      try {
        return parse.apply(text);
      } catch (java.time.format.DateTimeParseException e) {
        return (T) context.handleWeirdStringValue(handledType(), text, "not an ISO %s", handledType().getSimpleName());
      }
    }
  }

  private static final class SpanDeserializer extends StdDeserializer<Span> {
    SpanDeserializer() {
      super(Span.class);
    }

    @Override
    public Span deserialize(JsonParser in, DeserializationContext context) throws IOException {
      int[] ends = context.readValue(in, int[].class);
      if (ends == null || ends.length != 2) {
        return (Span) context.handleUnexpectedToken(Span.class, in);
      }
      return new Span(ends[0], ends[1]);
    }
  }
}
