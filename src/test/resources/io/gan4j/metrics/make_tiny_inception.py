# Makes tiny-inception.pt, the test fixture for gan4j's Inception TorchScript path: a module with the
# interface of StyleGAN2-ADA's inception-2015-12-05.pt (forward(uint8 NCHW RGB images,
# return_features=False, no_output_bias=False)), resizing to 299x299 as that module does, with small
# fixed weights so a test can check its outputs. Run with Debian's PyTorch:
#   /usr/bin/python3 make_tiny_inception.py   (writes tiny-inception.pt next to this file)
import os
import torch
import torch.nn.functional as F


class TinyInception(torch.nn.Module):
    def __init__(self):
        super().__init__()
        g = torch.Generator().manual_seed(0)
        self.register_buffer("features_weight", torch.randn(8, 3 * 4 * 4, generator=g) / 7.0)
        self.register_buffer("logits_weight", torch.randn(10, 8, generator=g))
        self.register_buffer("logits_bias", torch.randn(10, generator=g))

    def forward(self, img: torch.Tensor, return_features: bool = False, no_output_bias: bool = False):
        x = img.to(torch.float32)
        x = F.interpolate(x, size=(299, 299), mode="bilinear", align_corners=False)
        x = (x - 128.0) / 128.0
        pooled = F.adaptive_avg_pool2d(x, (4, 4)).flatten(1)
        features = pooled @ self.features_weight.t()
        if return_features:
            return features
        logits = features @ self.logits_weight.t()
        if not no_output_bias:
            logits = logits + self.logits_bias
        return logits


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    torch.jit.script(TinyInception()).save(os.path.join(here, "tiny-inception.pt"))
    # expected outputs for the test: bytes b[i, c, y, x] = (37i + 11c + 5y + 3x) mod 256, 2 images of 3x8x8
    b = torch.tensor([[[[(37 * i + 11 * c + 5 * y + 3 * x) % 256 for x in range(8)] for y in range(8)] for c in range(3)]
                      for i in range(2)], dtype=torch.uint8)
    m = torch.jit.load(os.path.join(here, "tiny-inception.pt"))
    with torch.no_grad():
        f = m(b, return_features=True)
        p = torch.softmax(m(b, no_output_bias=True).double(), 1)
    with open(os.path.join(here, "tiny-inception-expected.txt"), "w") as out:
        out.write(" ".join("%.9g" % v for v in f.flatten().tolist()) + "\n")
        out.write(" ".join("%.9g" % v for v in p.flatten().tolist()) + "\n")
