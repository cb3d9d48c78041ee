package vn.tdkt.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: options with a value (--size regiment), flags (--dry-run) and the rest in order. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /** Parses, refusing any option the command does not know. */
    public static Args parse(List<String> raw, Set<String> valueOptions, Set<String> flagOptions) {
        Args args = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String inline = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    inline = arg.substring(eq + 1);
                }
                if (valueOptions.contains(name)) {
                    if (inline == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException("cli.error.missingValue", name);
                        }
                        inline = raw.get(++i);
                    }
                    args.values.put(name, inline);
                } else if (flagOptions.contains(name) && inline == null) {
                    args.flags.add(name);
                } else {
                    throw new UsageException("cli.error.unknownOption", arg);
                }
            } else {
                args.positional.add(arg);
            }
        }
        return args;
    }

    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** Refuses extra positional arguments beyond {@code max}. */
    public Args atMostPositional(int max) {
        if (positional.size() > max) {
            throw new UsageException("cli.error.unexpectedArgument", positional.get(max));
        }
        return this;
    }

    /** Reads a positional argument or refuses with the argument's name. */
    public String requirePositional(int index, String what) {
        if (index >= positional.size()) {
            throw new UsageException("cli.error.missingArgument", what);
        }
        return positional.get(index);
    }
}
