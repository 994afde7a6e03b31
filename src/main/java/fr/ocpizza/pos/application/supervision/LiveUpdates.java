package fr.ocpizza.pos.application.supervision;

/** How a terminal's live updates travel, as its heartbeat reports it. */
public enum LiveUpdates {
    /** Through Redis, which answered. */
    REDIS_UP,
    /** Through Redis, which did not answer: the terminal's screens fall back on reloads. */
    REDIS_DOWN,
    /** No {@code redis.url}: a single-terminal shop, live updates within the application only. */
    IN_PROCESS
}
