import { openDatabase, type Db } from './database';
import { DeclarationRepository } from './declarations';
import { SetRepository } from './sets';
import { EnrollmentRepository } from './enrollments';
import { StatusRepository } from './status';
import { AssetRepository } from './assets';
import { LockRepository } from './locks';

/** The embedded server's storage: one SQLite database, one repository per concern. */
export class Store {
  readonly declarations: DeclarationRepository;
  readonly sets: SetRepository;
  readonly enrollments: EnrollmentRepository;
  readonly status: StatusRepository;
  readonly assets: AssetRepository;
  readonly locks: LockRepository;

  constructor(private readonly db: Db) {
    this.declarations = new DeclarationRepository(db);
    this.sets = new SetRepository(db);
    this.enrollments = new EnrollmentRepository(db);
    this.status = new StatusRepository(db);
    this.assets = new AssetRepository(db);
    this.locks = new LockRepository(db);
  }

  static open(dataDir: string): Store {
    return new Store(openDatabase(dataDir));
  }

  /** Runs `fn` in one transaction: every multi-row change commits (and reaches the disk) as a whole or not at all. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
