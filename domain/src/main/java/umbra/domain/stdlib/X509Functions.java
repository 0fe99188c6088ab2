package umbra.domain.stdlib;

import umbra.domain.stdlib.crypto.Certificates;
import umbra.domain.value.Dval;
import umbra.domain.value.Dval.*;

/** The X509 module: the public key of a PEM certificate. */
final class X509Functions {
  private X509Functions() {}

  static void register(Registry.Builder r) {
    r.fn("X509::pemCertificatePublicKey_v0", "pemCert: Str -> Result<Str, Str>",
            "The public key of a PEM certificate, as a PEM PUBLIC KEY: Ok key or Error.")
        .rail().purity(Builtin.Purity.IMPURE)
        .plain(a -> {
          a.meter().scanText(a.str(0).length());
          return Certificates.publicKeyPem(a.str(0))
              .<Dval>map(pem -> new DOk(Dval.str(pem)))
              .orElse(new DErr(Dval.str("No certificates")));
        });
  }
}
