package se.stegvis.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * The application's entry point. Without arguments it is the normal server. With the single argument
 * {@code load-demo-data} it loads the demo data ({@link DemoDataLoader}) and exits: 0 on success,
 * 1 on failure, 2 for an unknown command. Production start-up never loads demo data.
 */
@QuarkusMain
public class StegvisMain implements QuarkusApplication {

    public static final String LOAD_DEMO_DATA = "load-demo-data";

    @Inject
    DemoDataLoader demoDataLoader;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length == 1 && LOAD_DEMO_DATA.equals(args[0])) {
            try {
                demoDataLoader.load();
                return 0;
            } catch (RuntimeException e) {
                // Only the exception types: messages of database errors may quote row values.
                StringBuilder chain = new StringBuilder(e.getClass().getName());
                for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                    chain.append(" <- ").append(t.getClass().getName());
                }
                Log.errorf("Loading the demo data failed: %s", chain);
                return 1;
            }
        }
        Log.error("Unknown command: the only command is " + LOAD_DEMO_DATA + " (or none, to run the server)");
        return 2;
    }
}
