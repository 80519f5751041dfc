package io.gan4j.metrics.image;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Fréchet distance between two Gaussians (Heusel et al. 2017, "GANs Trained by a Two
 * Time-Scale Update Rule Converge to a Local Nash Equilibrium", eq. 6); FID when the Gaussians are
 * fitted to Inception features of real and generated images:
 * d² = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr (Σ₁Σ₂)^½.
 *
 * <p>tr (Σ₁Σ₂)^½ is computed with symmetric eigen-decompositions only (EJML): Σ₁ = VΛVᵀ gives
 * S = Σ₁^½ = V Λ^½ Vᵀ (negative round-off eigenvalues set to 0), and Σ₁Σ₂ is similar to the
 * symmetric positive semi-definite S Σ₂ S, so tr (Σ₁Σ₂)^½ = Σᵢ √λᵢ(S Σ₂ S). This is stable for
 * singular covariances (fewer samples than dimensions), where the usual {@code scipy.linalg.sqrtm}
 * route needs an ε added to the diagonal.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    /** d² between the two fits. */
    public static double between(GaussianFit a, GaussianFit b) {
        int d = a.dimension();
        if (b.dimension() != d) {
            throw new IllegalArgumentException(
                    "features of dimension " + d + " and " + b.dimension() + " cannot be compared");
        }
        double meanTerm = 0;
        for (int i = 0; i < d; i++) {
            double diff = a.mean()[i] - b.mean()[i];
            meanTerm += diff * diff;
        }
        DMatrixRMaj s1 = DMatrixRMaj.wrap(d, d, a.covariance().clone());
        DMatrixRMaj s2 = DMatrixRMaj.wrap(d, d, b.covariance().clone());
        return meanTerm + CommonOps_DDRM.trace(s1) + CommonOps_DDRM.trace(s2) - 2 * traceSqrtProduct(s1, s2);
    }

    /** tr (Σ₁Σ₂)^½ for symmetric positive semi-definite Σ₁, Σ₂. */
    static double traceSqrtProduct(DMatrixRMaj s1, DMatrixRMaj s2) {
        DMatrixRMaj root = sqrtSymmetric(s1);
        DMatrixRMaj tmp = new DMatrixRMaj(s1.numRows, s1.numCols);
        DMatrixRMaj m = new DMatrixRMaj(s1.numRows, s1.numCols);
        CommonOps_DDRM.mult(root, s2, tmp);
        CommonOps_DDRM.mult(tmp, root, m);
        symmetrise(m);
        double[] lambdas = eigenvalues(m);
        double largest = 0;
        for (double lambda : lambdas) {
            largest = Math.max(largest, lambda);
        }
        // eigenvalues within round-off of 0 (a singular Σ) are 0: their square roots would add ~1e-8 each
        double floor = largest * lambdas.length * 1e-15;
        double sum = 0;
        for (double lambda : lambdas) {
            sum += lambda > floor ? Math.sqrt(lambda) : 0;
        }
        return sum;
    }

    /** The symmetric square root V Λ^½ Vᵀ, with negative eigenvalues (round-off) taken as 0. */
    static DMatrixRMaj sqrtSymmetric(DMatrixRMaj s) {
        int d = s.numRows;
        DMatrixRMaj copy = s.copy();
        symmetrise(copy);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(copy)) {
            throw new IllegalStateException(
                    "the eigen-decomposition of a " + d + "×" + d + " covariance did not converge");
        }
        DMatrixRMaj root = new DMatrixRMaj(d, d);
        for (int k = 0; k < eig.getNumberOfEigenvalues(); k++) {
            double lambda = Math.sqrt(Math.max(eig.getEigenvalue(k).getReal(), 0));
            DMatrixRMaj v = eig.getEigenVector(k);
            if (lambda == 0 || v == null) {
                continue;
            }
            for (int i = 0; i < d; i++) {
                double vi = lambda * v.get(i, 0);
                for (int j = 0; j < d; j++) {
                    root.add(i, j, vi * v.get(j, 0));
                }
            }
        }
        return root;
    }

    static double[] eigenvalues(DMatrixRMaj symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(symmetric.numRows, false, true);
        if (!eig.decompose(symmetric.copy())) {
            throw new IllegalStateException("the eigen-decomposition did not converge");
        }
        double[] out = new double[eig.getNumberOfEigenvalues()];
        for (int k = 0; k < out.length; k++) {
            out[k] = eig.getEigenvalue(k).getReal();
        }
        return out;
    }

    private static void symmetrise(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = i + 1; j < m.numCols; j++) {
                double avg = (m.get(i, j) + m.get(j, i)) / 2;
                m.set(i, j, avg);
                m.set(j, i, avg);
            }
        }
    }
}
