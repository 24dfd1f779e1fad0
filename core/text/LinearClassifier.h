#pragma once

#include "text/Vectorizer.h"

#include <QtGlobal>

#include <Eigen/Core>

#include <vector>

namespace flywheel::text {

struct ClassifierOptions {
    double l2 = 1e-4; ///< weight decay per example; smaller fits the training data closer
    int maxEpochs = 30; ///< passes over the data; stops earlier once the loss settles
    bool balanceClasses = false; ///< weigh examples so that every class counts as much in total
    double balancePower = 1.0; ///< with balanceClasses: 1 evens the classes fully, 0.5 half-way (in log terms)
    quint64 seed = 1; ///< order of the examples; the same seed gives the same model
};

/// Multinomial logistic regression with an L2 penalty, fitted on sparse rows by stochastic
/// gradient descent (decaying step, averaged over the later epochs). Cost per epoch is the
/// number of non-zeros times the number of classes.
class LinearClassifier {
public:
    /// labels in [0, classCount); a label outside is skipped (unlabelled row).
    void fit(const SparseMatrix& rows, const std::vector<int>& labels, int classCount,
        const ClassifierOptions& options = {});
    /// Class probabilities of one row; they sum to 1.
    [[nodiscard]] Eigen::VectorXf probabilities(const SparseMatrix& rows, int row) const;
    /// Class probabilities of every row (rows x classes).
    [[nodiscard]] Eigen::MatrixXf probabilities(const SparseMatrix& rows) const;
    [[nodiscard]] int classCount() const { return int(m_bias.size()); }
    [[nodiscard]] int featureCount() const { return int(m_weights.rows()); }
    /// How much a feature speaks for a class (after fitting; for explanations).
    [[nodiscard]] float weight(int feature, int classIndex) const { return m_weights(feature, classIndex); }

private:
    void scores(const SparseMatrix& rows, int row, Eigen::Ref<Eigen::VectorXf> out) const;

    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> m_weights; ///< features x classes
    Eigen::VectorXf m_bias;
};

/// Turns scores into probabilities in place (numerically safe softmax).
void softmax(Eigen::Ref<Eigen::VectorXf> scores);

} // namespace flywheel::text
