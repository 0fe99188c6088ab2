package umbra.domain.stdlib.json;

/**
 * The messages of .NET's {@code Utf8JsonReader} (System.Text.Json's {@code Strings.resx}), which
 * {@code JSON::parse} shows to Dark programs verbatim (language.md A.11, json.tests). A {@code %s}
 * is the offending byte, printed as the character when it is printable ASCII and as {@code 0xHH}
 * otherwise; the literal errors print the rest of the input instead.
 */
enum ReaderError {
  END_OF_COMMENT_NOT_FOUND("Expected end of comment, but instead reached end of data."),
  END_OF_STRING_NOT_FOUND("Expected end of string, but instead reached end of data."),
  EXPECTED_END_AFTER_SINGLE_JSON("'%s' is invalid after a single JSON value. Expected end of data."),
  EXPECTED_END_OF_DIGIT_NOT_FOUND("'%s' is an invalid end of a number. Expected a delimiter."),
  EXPECTED_FALSE("'%s' is an invalid JSON literal. Expected the literal 'false'."),
  EXPECTED_JSON_TOKENS("The input does not contain any JSON tokens. Expected the input to start with a valid"
      + " JSON token, when isFinalBlock is true."),
  EXPECTED_NEXT_DIGIT_E_VALUE_NOT_FOUND("'%s' is an invalid end of a number. Expected 'E' or 'e'."),
  EXPECTED_NULL("'%s' is an invalid JSON literal. Expected the literal 'null'."),
  EXPECTED_SEPARATOR_AFTER_PROPERTY_NAME_NOT_FOUND("'%s' is invalid after a property name. Expected a ':'."),
  EXPECTED_START_OF_PROPERTY_NOT_FOUND("'%s' is an invalid start of a property name. Expected a '\"'."),
  EXPECTED_START_OF_PROPERTY_OR_VALUE_NOT_FOUND("Expected start of a property name or value, but instead reached end of data."),
  EXPECTED_START_OF_VALUE_NOT_FOUND("'%s' is an invalid start of a value."),
  EXPECTED_TRUE("'%s' is an invalid JSON literal. Expected the literal 'true'."),
  EXPECTED_VALUE_AFTER_PROPERTY_NAME_NOT_FOUND("Expected a value, but instead reached end of data."),
  FOUND_INVALID_CHARACTER("'%s' is invalid after a value. Expected either ',', '}', or ']'."),
  INVALID_CHARACTER_AFTER_ESCAPE_WITHIN_STRING("'%s' is an invalid escapable character within a JSON string."
      + " The string should be correctly escaped."),
  INVALID_CHARACTER_WITHIN_STRING("'%s' is invalid within a JSON string. The string should be correctly escaped."),
  INVALID_END_OF_JSON_NON_PRIMITIVE("'%s' is an invalid token type for the end of the JSON payload."
      + " Expected either 'EndArray' or 'EndObject'."),
  INVALID_HEX_CHARACTER_WITHIN_STRING("'%s' is not a hex digit following '\\u' within a JSON string."
      + " The string should be correctly escaped."),
  INVALID_LEADING_ZERO_IN_NUMBER("Invalid leading zero before '%s'."),
  MISMATCHED_OBJECT_ARRAY("'%s' is invalid without a matching open."),
  REQUIRED_DIGIT_NOT_FOUND_AFTER_DECIMAL("'%s' is invalid within a number, immediately after a decimal point"
      + " ('.'). Expected a digit ('0'-'9')."),
  REQUIRED_DIGIT_NOT_FOUND_AFTER_SIGN("'%s' is invalid within a number, immediately after a sign character"
      + " ('+' or '-'). Expected a digit ('0'-'9')."),
  REQUIRED_DIGIT_NOT_FOUND_END_OF_DATA("Expected a digit ('0'-'9'), but instead reached end of data."),
  TRAILING_COMMA_NOT_ALLOWED_BEFORE_ARRAY_END("The JSON array contains a trailing comma at the end which is not"
      + " supported in this mode. Change the reader options."),
  TRAILING_COMMA_NOT_ALLOWED_BEFORE_OBJECT_END("The JSON object contains a trailing comma at the end which is not"
      + " supported in this mode. Change the reader options."),
  UNEXPECTED_END_OF_LINE_SEPARATOR("Found invalid line or paragraph separator character while reading a comment."),
  ZERO_DEPTH_AT_END("Expected depth to be zero at the end of the JSON payload. There is an open JSON object or"
      + " array that should be closed.");

  private final String template;

  ReaderError(String template) { this.template = template; }

  String format(String detail) { return template.contains("%s") ? template.formatted(detail) : template; }

  /** .NET's {@code ThrowHelper.GetPrintableString}: printable ASCII as itself, anything else as {@code 0xHH}. */
  static String printable(int b) {
    return b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : "0x%02X".formatted(b);
  }
}
