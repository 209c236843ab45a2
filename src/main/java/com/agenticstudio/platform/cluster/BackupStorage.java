package com.agenticstudio.platform.cluster;

import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a cloud cluster keeps backups, declared by the cluster layer because it is the cloud's: a
 * bucket (with the cluster's cloud provider, its protection rules and, on AWS, a key of its own) and
 * the CSI snapshot API of the cluster's volumes. An add-on asks for a bucket by name and gets back
 * what it needs to write there: the bucket's name, the permissions on exactly that bucket for its own
 * identity, and what to wait for. kind has none.
 */
public interface BackupStorage {

    /** Declares the bucket {@code <clusterName>-<name>...} under {@code parent}. */
    Bucket bucket(String name, Resource parent);

    /** The CSI snapshot API of the cluster's volumes. */
    CsiSnapshots snapshots();

    /**
     * @param name     the bucket's name, known before it exists (permissions name it)
     * @param provider the object store's kind as backup tools name it: aws or gcp
     * @param config   settings a backup tool needs to reach it (region)
     * @param access   read, write and delete objects in this bucket and nothing else (with its key, on AWS)
     * @param ready    the bucket and its encryption, versioning and public-access settings: write only after these
     * @param configFromIdentity config keys whose value is one of the writer's identity annotations (GCS: the
     *                 Google service account that signs download URLs as itself)
     */
    record Bucket(String name, String provider, Map<String, String> config, List<CloudPermission> access, List<Resource> ready,
                  Map<String, String> configFromIdentity) {
        public Bucket {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(provider, "provider");
            config = Map.copyOf(config);
            configFromIdentity = Map.copyOf(configFromIdentity);
            access = List.copyOf(access);
            ready = List.copyOf(ready);
            if (access.isEmpty()) {
                throw new IllegalArgumentException("bucket " + name + " hands out no permission to use it");
            }
        }
    }

    /**
     * @param driver the CSI driver of the platform's StorageClass, which takes the snapshots
     * @param crds   what serves the snapshot.storage.k8s.io CRDs and their controller (empty where the cluster ships them)
     */
    record CsiSnapshots(String driver, List<Resource> crds) {
        public CsiSnapshots {
            Objects.requireNonNull(driver, "driver");
            crds = List.copyOf(crds);
        }
    }
}
