package umbra.domain.stdlib;

/** Every builtin a canvas can call: one registration per module file. */
public final class StdLib {
  private StdLib() {}

  private static final Registry REGISTRY = build();

  /** The standard library (immutable, built once). */
  public static Registry registry() { return REGISTRY; }

  private static Registry build() {
    var r = Registry.builder();
    NoModuleFunctions.register(r);
    BoolFunctions.register(r);
    IntFunctions.register(r);
    FloatFunctions.register(r);
    MathFunctions.register(r);
    OptionFunctions.register(r);
    ResultFunctions.register(r);
    TupleFunctions.register(r);
    UuidFunctions.register(r);
    ErrorFunctions.register(r);
    ObjectFunctions.register(r);
    StringFunctions.register(r);
    CharFunctions.register(r);
    BytesFunctions.register(r);
    CryptoFunctions.register(r);
    PasswordFunctions.register(r);
    ListFunctions.register(r);
    DictFunctions.register(r);
    JsonFunctions.register(r);
    DateFunctions.register(r);
    HttpFunctions.register(r);
    HttpClientFunctions.register(r);
    HttpClientCalls.register(r);
    JwtFunctions.register(r);
    X509Functions.register(r);
    AwsFunctions.register(r);
    TwitterFunctions.register(r);
    DbFunctions.register(r);
    EmitFunctions.register(r);
    return r.build();
  }
}
