package com.reelwise.ops;

import com.reelwise.training.NcfModelManager;
import com.reelwise.training.SequenceModelManager;
import com.reelwise.training.TextModelManager;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@code reelwise.djl.arrays}: NDArrays on each loaded model's native manager. The heap cannot show a
 * leaked tensor (its memory is PyTorch's), so the load harness reads this at the end of warm-up and at
 * the end of the run; NaN while a model is not loaded.
 */
@Component
class DjlArrayGauges implements MeterBinder {

    private final NcfModelManager ncf;
    private final TextModelManager text;
    private final SequenceModelManager sequence;

    DjlArrayGauges(NcfModelManager ncf, TextModelManager text, SequenceModelManager sequence) {
        this.ncf = ncf;
        this.text = text;
        this.sequence = sequence;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        register(registry, "ncf", ncf::djlArrayCount);
        register(registry, "content", text::djlArrayCount);
        register(registry, "next", sequence::djlArrayCount);
    }

    private static void register(MeterRegistry registry, String model, Supplier<OptionalInt> count) {
        // the Supplier form holds its supplier strongly; a state-object gauge keeps only a weak
        // reference, and a method reference nobody else holds is collected at the next GC (NaN ever after)
        Gauge.builder("reelwise.djl.arrays", () -> {
                    OptionalInt n = count.get();
                    return n.isPresent() ? n.getAsInt() : Double.NaN;
                })
                .description("NDArrays attached to the model's native manager (weights plus arrays in flight)")
                .tag("model", model).register(registry);
    }
}
