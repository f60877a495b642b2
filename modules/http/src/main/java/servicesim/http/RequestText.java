package servicesim.http;

import akka.http.javadsl.model.ContentType;
import akka.http.javadsl.model.HttpCharset;
import akka.http.javadsl.model.MediaType;
import akka.http.javadsl.model.StatusCodes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Request bodies as text: decoded strictly by the charset they declare (bytes that are not valid in it are refused,
 * never replaced), JSON nested at most {@link #MAX_JSON_DEPTH} deep, and JSON strings only where a string is expected.
 */
final class RequestText {

  static final int MAX_JSON_DEPTH = 64;

  private RequestText() {}

  /** The declared charset, UTF-8 when none is declared; 415 for one this server cannot decode. */
  static Charset charset(ContentType type) {
    Optional<HttpCharset> declared = type.getCharsetOption();
    if (declared.isEmpty()) return StandardCharsets.UTF_8;
    try {
      return declared.get().nioCharset();
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      throw new ApiException(StatusCodes.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset", "the charset '"
          + ApiDirectives.abbreviate(declared.get().value()) + "' is not supported; send UTF-8");
    }
  }

  /** The text of a body in {@code charset}; 400 naming the first byte that is not valid in it. */
  static String decode(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      throw new ApiException(StatusCodes.BAD_REQUEST, "malformed-body", "the request body is not valid "
          + charset.name() + " text (byte " + (in.position() + 1) + ")");
    }
    return out.flip().toString();
  }

  static boolean sameMediaType(MediaType a, MediaType b) {
    return name(a).equals(name(b));
  }

  static String name(MediaType type) {
    return (type.mainType() + "/" + type.subType()).toLowerCase(Locale.ROOT);
  }

  /** Refuses JSON nested deeper than any request needs, before a recursive reader could overflow its stack on it. */
  static void checkJsonDepth(ObjectMapper mapper, String text) {
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart() && ++depth > MAX_JSON_DEPTH) {
          throw new ApiException(StatusCodes.BAD_REQUEST, "malformed-json", "the request body nests more than "
              + MAX_JSON_DEPTH + " levels deep (line " + p.getCurrentLocation().getLineNr() + ", column "
              + p.getCurrentLocation().getColumnNr() + ")");
        }
        if (t.isStructEnd()) depth--;
      }
    } catch (IOException e) {
      // malformed JSON: reading it for real reports where
    }
  }

  /** Where in the body a value had the wrong type: {@code fields.reason}, {@code trainees[2].id}. */
  static String path(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (s.length() > 0) s.append('.');
        s.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  /** What the body should have held where a value had the wrong JSON type, in JSON's words, not Java's. */
  static String expected(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
    String own = e.getOriginalMessage();
    if (own != null && own.startsWith("expected a JSON")) return own;
    Class<?> t = e.getTargetType();
    String what;
    if (t == null) what = "another JSON type";
    else if (t == String.class || t == Character.class || t == char.class) what = "a JSON string";
    else if (t == Boolean.class || t == boolean.class) what = "true or false";
    else if (Number.class.isAssignableFrom(t) || (t.isPrimitive() && t != void.class)) what = "a number";
    else if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) what = "a JSON array";
    else what = "a JSON object";
    return "expected " + what;
  }

  /** Jackson turns numbers and booleans into strings by default; a request that sends them where text goes is wrong. */
  static SimpleModule strictStrings() {
    return new SimpleModule("strict-strings").addDeserializer(String.class, new StrictString());
  }

  private static final class StrictString extends StdScalarDeserializer<String> {

    StrictString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) return p.getText();
      return (String) ctxt.handleUnexpectedToken(String.class, p.currentToken(), p, "expected a JSON string, found %s",
          describe(p.currentToken()));
    }

    private static String describe(JsonToken token) {
      if (token == null) return "nothing";
      return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "true/false";
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        default -> "another JSON type";
      };
    }
  }
}
