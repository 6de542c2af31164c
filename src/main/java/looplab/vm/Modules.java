package looplab.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The import system of the sandbox: only modules registered here exist. A standard-library module that is not
 * provided (os, socket, subprocess …) is refused with a message that lists what is available.
 */
public final class Modules {
    private static final Set<String> STDLIB = loadStdlibNames();

    private final Interpreter interpreter;
    private final Map<String, Function<Interpreter, PyModule>> factories = new LinkedHashMap<>();
    private final Map<String, PyModule> loaded = new HashMap<>();

    Modules(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Makes a module importable; the factory runs on first import. */
    public void register(String name, Function<Interpreter, PyModule> factory) {
        factories.put(name, factory);
    }

    /**
     * Makes a module importable whose source is Python bundled with LoopLab (src/main/resources/looplab/lib/NAME.py):
     * the parts of the standard library that CPython itself writes in Python are written the same way here.
     */
    public void registerSource(String name) {
        register(name, interp -> {
            String path = name.replace('.', '/');
            String resource = Modules.class.getResource("/looplab/lib/" + path + ".py") != null
                    ? "/looplab/lib/" + path + ".py" : "/looplab/lib/" + path + "/__init__.py";
            String source;
            try (InputStream in = Modules.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw Errors.raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot read the bundled module '" + name + "'");
            }
            String fileName = "<looplab>" + resource.substring("/looplab".length());
            interp.sources.add(fileName, source);
            PyModule module = new PyModule(name);
            module.dict.put("__file__", PyStr.of(fileName));
            loaded.put(name, module);
            try {
                interp.runModule(Program.compile(source, fileName), module);
            } catch (RuntimeException e) {
                loaded.remove(name);
                throw e;
            }
            return module;
        });
    }

    public boolean isAvailable(String name) {
        return factories.containsKey(name) || loaded.containsKey(name);
    }

    public void add(PyModule module) {
        loaded.put(module.name(), module);
    }

    /** IMPORT_NAME: `import a.b` returns a (binding the top package) unless a from-list is given. */
    public PyObject importModule(String dotted, boolean hasFromList) {
        PyModule module = load(dotted);
        if (hasFromList || !dotted.contains(".")) {
            return module;
        }
        return load(dotted.substring(0, dotted.indexOf('.')));
    }

    public PyModule load(String name) {
        PyModule module = loaded.get(name);
        if (module != null) {
            return module;
        }
        Function<Interpreter, PyModule> factory = factories.get(name);
        if (factory == null) {
            throw notFound(name);
        }
        if (name.contains(".")) {
            PyModule parent = load(name.substring(0, name.lastIndexOf('.')));
            // The parent's own code may have imported this submodule (collections imports collections.abc).
            PyModule already = loaded.get(name);
            if (already != null) {
                return already;
            }
            module = factory.apply(interpreter);
            parent.dict.put(name.substring(name.lastIndexOf('.') + 1), module);
        } else {
            module = factory.apply(interpreter);
        }
        loaded.put(name, module);
        return module;
    }

    /** IMPORT_FROM. */
    public PyObject importFrom(PyObject module, String name) {
        PyObject value = module.lookupAttr(name);
        if (value != null) {
            return value;
        }
        if (module instanceof PyModule m && isAvailable(m.name() + "." + name)) {
            return load(m.name() + "." + name);
        }
        String moduleName = module instanceof PyModule m ? m.name() : "?";
        throw Errors.raise(ExceptionTypes.IMPORT_ERROR,
                "cannot import name '" + name + "' from '" + moduleName + "' (unknown location)");
    }

    private PyException notFound(String name) {
        String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String message = "No module named '" + name + "'";
        if (STDLIB.contains(top)) {
            message += " (LoopLab runs programs in a sandbox; available: " + String.join(", ", available()) + ")";
        }
        return Errors.raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, message);
    }

    public Set<String> available() {
        Set<String> names = new java.util.LinkedHashSet<>(factories.keySet());
        names.addAll(loaded.keySet());
        names.remove("__main__");
        names.remove("builtins");
        names.removeIf(n -> n.startsWith("_"));
        return names;
    }

    private static Set<String> loadStdlibNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = Modules.class.getResourceAsStream("/looplab/vm/stdlib_modules.txt")) {
            if (in != null) {
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(names::add);
            }
        } catch (IOException e) {
            // Without the list every missing module gets CPython's plain message, which is still correct.
        }
        return names;
    }
}
