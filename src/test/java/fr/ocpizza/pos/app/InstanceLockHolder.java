package fr.ocpizza.pos.app;

import java.nio.file.Path;

/** Another process holding the terminal's lock (InstanceLockTest): prints "LOCKED", then waits to be killed. */
public final class InstanceLockHolder {

    private InstanceLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (InstanceLock ignored = InstanceLock.acquire(Path.of(args[0]))) {
            System.out.println("LOCKED");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
