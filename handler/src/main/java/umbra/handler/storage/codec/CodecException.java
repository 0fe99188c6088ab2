package umbra.handler.storage.codec;

/** Stored bytes that this version of Umbra cannot read: corruption, or data written by a newer format. */
public final class CodecException extends RuntimeException {
  public CodecException(String message) { super(message); }

  public CodecException(String message, Throwable cause) { super(message, cause); }
}
