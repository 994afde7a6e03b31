package fr.ocpizza.pos.persistence;

import java.nio.file.Path;

/** A terminal's embedded PostgreSQL in another process (EmbeddedLeftOverServerTest): prints "READY", then waits to be killed. */
public final class LeftOverServerHolder {

    private LeftOverServerHolder() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
