import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { packageRoot } from '../../core/paths';

/**
 * The .proto files under provider/terraform/proto, loaded at run time with @grpc/proto-loader (no generated code to
 * keep in step). Message objects use the proto field names (keepCase), enums as names, int64 as JS numbers.
 */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: false,
  oneofs: true,
};

export interface Protocol {
  provider: grpc.ServiceDefinition;
  health: grpc.ServiceDefinition;
  controller: grpc.ServiceDefinition;
  stdio: grpc.ServiceDefinition;
  /** Client constructors, for tests and tools that talk to a running plugin. */
  clients: {
    Provider: grpc.ServiceClientConstructor;
    Health: grpc.ServiceClientConstructor;
    GRPCController: grpc.ServiceClientConstructor;
    GRPCStdio: grpc.ServiceClientConstructor;
  };
}

let loaded: Protocol | undefined;

export function protoDir(): string {
  return path.join(packageRoot(), 'provider', 'terraform', 'proto');
}

export function loadProtocol(): Protocol {
  if (loaded) return loaded;
  const dir = protoDir();
  const definition = protoLoader.loadSync(
    ['tfplugin6.proto', 'go-plugin.proto', 'health.proto'].map((f) => path.join(dir, f)),
    PROTO_LOADER_OPTIONS,
  );
  const root = grpc.loadPackageDefinition(definition) as unknown as {
    tfplugin6: { Provider: grpc.ServiceClientConstructor };
    plugin: { GRPCController: grpc.ServiceClientConstructor; GRPCStdio: grpc.ServiceClientConstructor };
    grpc: { health: { v1: { Health: grpc.ServiceClientConstructor } } };
  };
  const Provider = root.tfplugin6.Provider;
  const Health = root.grpc.health.v1.Health;
  const { GRPCController, GRPCStdio } = root.plugin;
  loaded = {
    provider: Provider.service,
    health: Health.service,
    controller: GRPCController.service,
    stdio: GRPCStdio.service,
    clients: { Provider, Health, GRPCController, GRPCStdio },
  };
  return loaded;
}
