package io.factdesk.verification;

import java.lang.ref.WeakReference;

/** Whether an object nothing else holds is collected: for tests that a model is not kept once copied. */
public final class Collected {

    private Collected() {
    }

    /**
     * Asks for collections (up to 20, 50 ms apart) until {@code reference}'s object is gone; the object, or null
     * once collected.
     */
    public static Object after(WeakReference<?> reference) throws InterruptedException {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return reference.get();
    }
}
