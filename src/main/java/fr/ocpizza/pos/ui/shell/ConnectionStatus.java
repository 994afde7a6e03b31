package fr.ocpizza.pos.ui.shell;

/**
 * What the status bar shows: whether the database answers, and how live updates travel
 * (Redis shared by the chain's terminals, or in-process on a single terminal) and whether
 * that channel is up.
 */
public record ConnectionStatus(boolean databaseUp, boolean sharedLiveUpdates, boolean liveUpdatesUp) {
}
