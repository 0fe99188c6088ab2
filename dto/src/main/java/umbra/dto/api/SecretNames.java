package umbra.dto.api;

import java.util.List;

/** The names of a canvas's secrets, newest first; the API never sends a secret's value. */
public record SecretNames(List<String> secrets) {}
