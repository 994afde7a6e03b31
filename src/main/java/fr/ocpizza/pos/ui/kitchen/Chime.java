package fr.ocpizza.pos.ui.kitchen;

/** The sound a kitchen display makes when a ticket comes in. Returns at once; never throws. */
@FunctionalInterface
public interface Chime {

    void ring();

    /** For screens set to silence ({@code kitchen.sound=false}) and tests. */
    static Chime silent() {
        return () -> { };
    }
}
