package fr.ocpizza.pos.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the Implementation-Version the build writes into the jar's manifest. */
public final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return new String[] {
                "ocpizza " + (version == null ? "(development build, not from the jar)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }
}
