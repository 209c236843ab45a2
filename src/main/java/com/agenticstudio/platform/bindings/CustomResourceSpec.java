package com.agenticstudio.platform.bindings;

import java.util.Map;

/**
 * The typed spec of one custom resource kind: an immutable record that validates itself on
 * construction and renders its own wire form. Values may be nested maps, lists, strings, numbers,
 * booleans and Outputs; keys are the CRD's field names.
 */
public interface CustomResourceSpec {

    /** The kind this spec belongs to. */
    CrdKind crdKind();

    /** The object's {@code spec}, as the API server receives it (or its top-level fields, see {@link #topLevel}). */
    Map<String, Object> toWire();

    /**
     * A few kinds keep their fields beside metadata instead of under spec (VolumeSnapshotClass:
     * driver, deletionPolicy, parameters). Such a record renders those fields and says so here.
     */
    default boolean topLevel() {
        return false;
    }
}
