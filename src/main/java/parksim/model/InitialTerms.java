package parksim.model;

import parksim.policy.Offer;

/**
 * What an initial tenant brings into the run: its capacity and jobs, the terms it negotiated (as
 * the administration's offer rule left them), and what the budget holds back for the terms still to
 * run after the start ({@code listingPromise} for a listing grant, {@code commitment} for the rest).
 */
record InitialTerms(double capacity, int employees, Offer offer, double commitment, double listingPromise) {}
