package vn.tdkt.soak;

import java.util.List;
import vn.tdkt.cli.Command;
import vn.tdkt.frame.Feature;

/**
 * {@code soak}: the crash harness. It drives whole data folders in child processes as the root does,
 * so it is the one package besides the root that opens an {@code AppContext}.
 */
public final class SoakFeature implements Feature {
    @Override
    public List<Command> commands() {
        return List.of(new SoakCommand());
    }
}
