import * as grpc from '@grpc/grpc-js';

/**
 * The services a go-plugin host expects besides the provider: health ("plugin" must be SERVING), the controller
 * (Shutdown = exit gracefully) and stdio (a stream the host mirrors into its log; we log to stderr directly, so the
 * stream stays open and quiet until the server stops).
 */
export interface GoPluginServices {
  health: grpc.UntypedServiceImplementation;
  controller: grpc.UntypedServiceImplementation;
  stdio: grpc.UntypedServiceImplementation;
  /** Ends open streams so the server can shut down. */
  closeStreams(): void;
}

export function goPluginServices(onShutdown: () => void): GoPluginServices {
  const streams = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  const keepOpen = (call: grpc.ServerWritableStream<unknown, unknown>): void => {
    streams.add(call);
    call.on('cancelled', () => streams.delete(call));
    call.on('close', () => streams.delete(call));
  };
  const servingStatus = (service: string): string | undefined => (service === '' || service === 'plugin' ? 'SERVING' : undefined);
  return {
    health: {
      Check: ((call: grpc.ServerUnaryCall<{ service?: string }, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        const status = servingStatus(call.request.service ?? '');
        if (status) callback(null, { status });
        else callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` });
      }) as grpc.UntypedHandleCall,
      Watch: ((call: grpc.ServerWritableStream<{ service?: string }, unknown>) => {
        call.write({ status: servingStatus(call.request.service ?? '') ?? 'SERVICE_UNKNOWN' });
        keepOpen(call as grpc.ServerWritableStream<unknown, unknown>);
      }) as grpc.UntypedHandleCall,
    },
    controller: {
      Shutdown: ((_call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        callback(null, {});
        // Answer first: the host waits for the reply before it expects the process to go.
        setImmediate(onShutdown);
      }) as grpc.UntypedHandleCall,
    },
    stdio: {
      StreamStdio: ((call: grpc.ServerWritableStream<unknown, unknown>) => keepOpen(call)) as grpc.UntypedHandleCall,
    },
    closeStreams: () => {
      for (const s of streams) s.end();
      streams.clear();
    },
  };
}
