package parksim.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bare-loop kernel ({@link FirmKernel}): one month of {@code firms} open firms over plain arrays.
 * Divide the score by {@code firms} for the kernel's time per firm-month.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelJmh {
    /** A Yanji-sized park (about 30 firms open in an average month) and the national scenario's open firms mid-run (about 3,000). */
    @Param({"30", "3000"})
    int firms;

    private FirmKernel kernel;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = new FirmKernel(firms, firms >= 1000 ? 200 : 1, 1); // one park, or the national 200
    }

    @Benchmark
    public double kernelMonth() {
        if (kernel.month >= 120) kernel.reset(); // every 120 months, so that exits do not empty the loop
        return kernel.month();
    }
}
