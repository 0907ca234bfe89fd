package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMeasurementTest {

    @Test
    void followsTheBuildPhasesOfTheSeedCorpus(@TempDir Path tmp) throws Exception {
        BuildMeasurement m = BuildMeasurement.run(Path.of("corpus"), tmp.resolve("store"));

        assertEquals(5, m.report().added());
        assertEquals(List.of("extracting and storing", "building indexes"),
                m.phases().stream().map(BuildMeasurement.Phase::name).toList());
        assertEquals(List.of(5, 4), m.phases().stream().map(BuildMeasurement.Phase::steps).toList());
        for (BuildMeasurement.Phase phase : m.phases()) {
            assertEquals(4, phase.quarters().size(), phase.name());
            assertTrue(phase.quarters().get(3).nanos() >= phase.start().nanos(), phase.name());
            assertTrue(phase.quarters().stream().allMatch(s -> s.used() > 0 && s.used() <= m.peakHeap()), phase.name());
        }
        assertTrue(m.heapAfterGc() > 0 && m.seconds() > 0);
        assertTrue(m.cpuSeconds() > 0, "the JVM's CPU time over the build: " + m.cpuSeconds());
    }
}
