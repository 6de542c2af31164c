package looplab.runtime;

import looplab.vm.PyModule;

/**
 * The {@code aiohttp} module of LoopLab's simulated network (docs/network.md): a client whose requests never
 * leave the program. One {@link Network} per run, configured from the lesson or the program's .net.json, so
 * requests are numbered across every session of the program.
 */
final class AiohttpModule {
    private AiohttpModule() {
    }

    static PyModule create(AsyncioRuntime runtime) {
        Network network = Network.fromJson(runtime.options.network());
        PyModule m = new PyModule("aiohttp");
        m.add("ClientSession", ClientSession.type(network))
                .add("ClientResponse", ClientResponse.TYPE)
                .add("ClientTimeout", ClientTimeout.TYPE)
                .add("ClientError", ClientErrors.CLIENT_ERROR)
                .add("ClientResponseError", ClientErrors.CLIENT_RESPONSE_ERROR)
                .add("ContentTypeError", ClientErrors.CONTENT_TYPE_ERROR)
                .add("ClientConnectionError", ClientErrors.CLIENT_CONNECTION_ERROR)
                .add("ClientOSError", ClientErrors.CLIENT_OS_ERROR)
                .add("ClientConnectorError", ClientErrors.CLIENT_CONNECTOR_ERROR)
                .add("InvalidURL", ClientErrors.INVALID_URL);
        return m;
    }
}
