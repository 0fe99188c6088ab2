package umbra.domain.queue;

import umbra.domain.eval.EffectCommand;
import umbra.domain.value.Dval;

/** {@code emit}: put {@code value} on the canvas's queue for the handler {@code target}; answers the value. */
public record Emit(EventDesc target, Dval value) implements EffectCommand {}
