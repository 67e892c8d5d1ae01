package org.whosaid.eval.report;

import java.time.LocalDate;

/** The machine a measurement ran on, printed next to every figure so that figures can be compared. */
public record Machine(int cores, long maxHeapBytes, String java, String os, LocalDate date) {

    public static Machine current() {
        Runtime rt = Runtime.getRuntime();
        return new Machine(rt.availableProcessors(), rt.maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                LocalDate.now());
    }

    /** One markdown line: "2 cores, max heap 512 MB, Java ..., Linux ..., 2025-01-01". */
    public String describe() {
        return cores + " cores, max heap " + (maxHeapBytes >> 20) + " MB, " + java + ", " + os + ", " + date;
    }
}
